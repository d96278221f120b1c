package tenken.store.assessment;

/** The official text of one requirement, in Japanese and English, with the document it comes from. */
public record RequirementDefinition(
        Requirement requirement,
        String titleJa,
        String titleEn,
        String definitionJa,
        String definitionEn,
        String source) {

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleJa;
    }

    public String definition(String language) {
        return "en".equals(language) ? definitionEn : definitionJa;
    }
}

package tenken.store.trade;

/** A flow as the store holds it: its row id (derived shares link to it), the file that brought it and its format. */
public record StoredFlow(long id, long importId, TradeFormat format, TradeFlow flow) {
}

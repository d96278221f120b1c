package tenken.store.trade;

import java.util.List;

/** What a reader took from a trade file: the flows kept and how many data rows it read. */
public record ParsedFile(TradeFormat format, List<TradeFlow> flows, long rowsRead) {
}

package tenken.store.trade;

import java.util.List;
import tenken.store.model.SupplyShare;

/** A share derived from trade flows, with the ids of the flows of its numerator (the partner's imports). */
public record DerivedShare(SupplyShare share, List<Long> flowIds) {

    public DerivedShare {
        flowIds = List.copyOf(flowIds);
    }
}

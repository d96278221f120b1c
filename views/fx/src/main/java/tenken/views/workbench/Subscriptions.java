package tenken.views.workbench;

import javafx.util.Subscription;

/** The subscriptions a screen holds on longer-lived observables, released together when it is disposed. */
public final class Subscriptions {

    private Subscription all = Subscription.EMPTY;

    /** Holds {@code subscription} until {@link #release()}. */
    public void add(Subscription subscription) {
        all = all.and(subscription);
    }

    /** Ends every subscription held; later ones are held anew. */
    public void release() {
        all.unsubscribe();
        all = Subscription.EMPTY;
    }
}

package app.hamish.ui.frame;

import java.util.Objects;
import javafx.util.Subscription;

/**
 * A subscription that runs an action when let go, made by a class rather than by a lambda or method reference
 * typed {@link Subscription}. JDK 25's AOT cache holds no lambda of an interface that has both static fields and
 * default methods ({@code Subscription.EMPTY}, {@code and}): each such call site on the start's path was spun
 * again at every start, a class generated, defined and linked on the FX thread before the first frame
 * (decision 0088). A {@link Runnable}'s lambda, which this takes, is held by the cache.
 */
public final class OnUnsubscribe implements Subscription {
    private final Runnable action;

    private OnUnsubscribe(Runnable action) {
        this.action = Objects.requireNonNull(action);
    }

    /** The subscription that runs {@code action} when it is let go. */
    public static Subscription run(Runnable action) {
        return new OnUnsubscribe(action);
    }

    @Override
    public void unsubscribe() {
        action.run();
    }
}

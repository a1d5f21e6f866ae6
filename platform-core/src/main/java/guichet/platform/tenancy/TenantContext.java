package guichet.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The scope the current thread works in: one tenant, or the platform itself (the tenant catalogue and console).
 *
 * <p>The scope never crosses a thread on its own. Work handed to another thread is wrapped with {@link #wrap(Runnable)}
 * (the platform's task executors do it for {@code @Async} methods), scheduled jobs bind each tenant explicitly, and
 * listeners of {@link TenantEvent}s get the event's tenant bound. A binding always restores the previous one when it
 * ends, so scopes nest.
 */
public final class TenantContext {

    private static final ThreadLocal<@Nullable Scope> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    /** What a thread is bound to. */
    public sealed interface Scope permits TenantScope, PlatformScope {}

    /** Bound to one tenant. */
    public record TenantScope(TenantId tenant) implements Scope {}

    /** Bound to the platform: the catalogue schema, never a tenant's data. */
    public record PlatformScope() implements Scope {}

    private static final PlatformScope PLATFORM = new PlatformScope();

    /** The tenant bound to this thread, if any. */
    public static Optional<TenantId> current() {
        return CURRENT.get() instanceof TenantScope(TenantId tenant) ? Optional.of(tenant) : Optional.empty();
    }

    /**
     * The tenant bound to this thread.
     *
     * @throws NoTenantException if none is bound
     */
    public static TenantId require() {
        return current()
                .orElseThrow(() -> new NoTenantException(
                        "No tenant is bound to this thread. Tenant data is reachable only inside a request on a tenant"
                                + " host, TenantContext.run(..), or a listener of a TenantEvent."));
    }

    /** The raw scope, or {@code null} when nothing is bound. */
    public static @Nullable Scope scope() {
        return CURRENT.get();
    }

    /** Whether the thread works for the platform itself. */
    public static boolean isPlatform() {
        return CURRENT.get() instanceof PlatformScope;
    }

    /** Runs {@code work} with {@code tenant} bound. */
    public static void run(TenantId tenant, Runnable work) {
        within(new TenantScope(tenant), () -> {
            work.run();
            return null;
        });
    }

    /** Calls {@code work} with {@code tenant} bound. */
    public static <T> T call(TenantId tenant, Supplier<T> work) {
        return within(new TenantScope(tenant), work);
    }

    /** Calls {@code work} in the platform scope. */
    public static <T> T callAsPlatform(Supplier<T> work) {
        return within(PLATFORM, work);
    }

    /** Runs {@code work} in the platform scope. */
    public static void runAsPlatform(Runnable work) {
        within(PLATFORM, () -> {
            work.run();
            return null;
        });
    }

    /** Calls {@code work} within {@code scope}; a {@code null} scope means nothing bound. */
    public static <T> T within(@Nullable Scope scope, Supplier<T> work) {
        Scope previous = CURRENT.get();
        set(scope);
        try {
            return work.get();
        } finally {
            set(previous);
        }
    }

    /**
     * Binds {@code scope} until the returned binding is closed, which restores the previous one. Meant for
     * try-with-resources where the work cannot be passed as a lambda (filters, interceptors).
     */
    public static Binding open(@Nullable Scope scope) {
        Scope previous = CURRENT.get();
        set(scope);
        return new Binding(previous);
    }

    /** An open binding; closing it restores the scope it replaced. */
    public static final class Binding implements AutoCloseable {
        private final @Nullable Scope previous;

        private Binding(@Nullable Scope previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            set(previous);
        }
    }

    /** Captures the caller's scope so that {@code task} runs in it on whatever thread executes it. */
    public static Runnable wrap(Runnable task) {
        Scope captured = CURRENT.get();
        return () -> within(captured, () -> {
            task.run();
            return null;
        });
    }

    /** Captures the caller's scope so that {@code task} runs in it on whatever thread executes it. */
    public static <T> Callable<T> wrap(Callable<T> task) {
        Scope captured = CURRENT.get();
        return () -> {
            try (Binding ignored = open(captured)) {
                return task.call();
            }
        };
    }

    private static void set(@Nullable Scope scope) {
        if (scope == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(scope);
        }
    }
}

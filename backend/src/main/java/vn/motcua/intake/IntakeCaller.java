package vn.motcua.intake;

/**
 * Who sends a batch: the source system an API key (or the queue, or an officer) stands for, and the agency subtree
 * the key is bound to ({@code agencyScopeId}; null for the whole province). Records a caller creates carry its
 * source; what it may change is decided by {@link CallerRules}. {@code trusted} callers are this product's own
 * in-process paths (officers' actions, the demo loader), already checked where they start.
 */
public record IntakeCaller(String sourceSystem, Long agencyScopeId, boolean trusted) {

    /** A trusted in-process source. */
    public IntakeCaller(String sourceSystem) {
        this(sourceSystem, null, true);
    }

    /** An outside system: a key bound to {@code agencyScopeId} (null: the whole province). */
    public static IntakeCaller external(String sourceSystem, Long agencyScopeId) {
        return new IntakeCaller(sourceSystem, agencyScopeId, false);
    }
}

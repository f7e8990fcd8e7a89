package io.github.camelsegmentremote.copy;

/** The kinds of configuration copied around a source, in the order the apply step handles them. */
public enum ItemKind {
    /** A destination subscription (createDestinationSubscription / updateSubscriptionForDestination). */
    subscription(CopyItem.subscriptions),
    /** A destination filter (createFilterForDestination / updateFilterForDestination). */
    filter(CopyItem.filters),
    /** A transformation of the source (createTransformation / updateTransformation). */
    transformation(CopyItem.transformations),
    /** An insert function instance (createInsertFunctionInstance / updateInsertFunctionInstance). */
    insertFunction(CopyItem.insertFunctions),
    /** A warehouse connection (addConnectionFromSourceToWarehouse). */
    warehouseConnection(CopyItem.warehouseConnections);

    private final CopyItem option;

    ItemKind(CopyItem option) {
        this.option = option;
    }

    /** The option that turns copying this kind on or off. */
    public CopyItem option() {
        return option;
    }
}

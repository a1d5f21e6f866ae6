/**
 * The statistics SPI: each module describes the figures it contributes ({@link FigureSource}: measures over
 * dimensions) and records the facts behind them ({@link FactsRecorded}, in the transaction of the change); the
 * statistics module folds them into its per-tenant rollups and draws them, never reading another module's tables.
 * A module the tenant has not bought contributes nothing.
 */
@Layer(SERVICES)
@ApplicationModule(
        displayName = "Figures (statistics SPI)",
        allowedDependencies = {"platform.tenancy"})
@NullMarked
package guichet.platform.figures;

import static guichet.platform.Layer.Name.SERVICES;

import guichet.platform.Layer;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

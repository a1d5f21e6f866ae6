package guichet.platform.billing;

import org.springframework.data.repository.ListCrudRepository;

/** The {@code platform.module_price} table, used in the platform scope by {@link ModulePrices} only. */
interface ModulePriceRows extends ListCrudRepository<ModulePrice, String> {}

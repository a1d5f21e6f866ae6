package guichet.shops.sites;

import org.springframework.data.repository.Repository;

/** The current tenant's single row of locator settings (tenant migration shops/V1 inserts it). */
interface LocatorSettingsStore extends Repository<LocatorSettings, Short> {

    LocatorSettings findById(short id);
}

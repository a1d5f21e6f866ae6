package guichet.platform.signals;

import javax.sql.DataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SignalsConfiguration {

    @Bean
    ChangeSignals changeSignals(DataSource dataSource) {
        return new ChangeSignals(dataSource);
    }

    @Bean
    SignalListener changeSignalListener(ChangeSignals signals, DataSourceProperties database) {
        return new SignalListener(
                signals, database.determineUrl(), database.determineUsername(), database.determinePassword());
    }
}

package guichet.platform.security;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.SmartInstantiationAwareBeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How sessions are kept in the shared store (Spring Session JDBC, tables in the platform schema; ADR 39): indexed by
 * realm and subject, read back forgivingly, in plain JDBC transactions of their own.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreConfiguration.class);

    /**
     * Puts {@link SessionStore} around Spring Session's JDBC repository, where Boot's auto-configuration created it:
     * the filter and every user of the store get the sparing one.
     */
    @Bean
    static SmartInstantiationAwareBeanPostProcessor sparingSessionStore(Environment environment) {
        Duration touchInterval =
                environment.getProperty("guichet.sessions.touch-interval", Duration.class, Duration.ofMinutes(1));
        return new SmartInstantiationAwareBeanPostProcessor() {
            @Override
            public Class<?> predictBeanType(Class<?> beanClass, String beanName) {
                return JdbcIndexedSessionRepository.class.isAssignableFrom(beanClass) ? SessionStore.class : null;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new SessionStore(jdbc, touchInterval) : bean;
            }
        };
    }

    /** Forgets, when a request ends, the session it saved ({@link SessionStore}): just outside Spring Session's filter. */
    @Bean
    FilterRegistrationBean<SessionStore.RequestScope> sessionStoreRequestScope() {
        FilterRegistrationBean<SessionStore.RequestScope> registration =
                new FilterRegistrationBean<>(new SessionStore.RequestScope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    IndexResolver<Session> sessionPrincipals() {
        return new SessionPrincipals();
    }

    /**
     * The store's transactions: plain JDBC ones, each on its own connection ({@code REQUIRES_NEW}, as Spring Session
     * does), rather than the application's JPA transaction manager, which would open a persistence context for each of
     * a request's session reads and writes. Only for the session store ({@code defaultCandidate = false}), so that
     * Boot's own {@code TransactionTemplate} stays the application's.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        JdbcTransactionManager jdbc = new JdbcTransactionManager(dataSource);
        jdbc.afterPropertiesSet();
        TransactionTemplate transactions = new TransactionTemplate(jdbc);
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return transactions;
    }

    /**
     * Java serialization both ways, as Spring Session's default, except that an attribute written by another version
     * of Guichet or of Spring Security that this one cannot read is read as absent: its user signs in again instead of
     * meeting an error on every page after an upgrade. Only for the session store ({@code defaultCandidate = false}).
     */
    @Bean(defaultCandidate = false)
    ConversionService springSessionConversionService() {
        ClassLoader classes = SessionStoreConfiguration.class.getClassLoader();
        DeserializingConverter deserializer = new DeserializingConverter(classes);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (SerializationFailedException unreadable) {
                log.info(
                        "A stored session attribute could not be read and counts as absent: {}",
                        unreadable.getMessage());
                return null;
            }
        });
        return conversions;
    }
}

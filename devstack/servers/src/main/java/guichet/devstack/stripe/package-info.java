/**
 * A local stand-in for Stripe's API, for the run command and the tests when no Stripe keys are configured: products,
 * prices, customers, Checkout sessions in subscription mode with a page that « pays » and posts correctly signed
 * webhooks, subscriptions and their items, invoice previews, invoices with PDF links and customer portal sessions. Its
 * answers follow Stripe's published OpenAPI description, so that Stripe's own SDK parses them. Never outside the dev
 * and test profiles.
 */
@NullMarked
package guichet.devstack.stripe;

import org.jspecify.annotations.NullMarked;

/**
 * Customer-base synchronisation (seed 003): files (CSV or XLSX) imported with a column mapping, a preview and every bad
 * row listed, and a REST bulk upsert other systems push to; both keyed by the external reference, both idempotent, and
 * either everything is applied in one transaction or nothing.
 */
@NullMarked
package guichet.customers.sync;

import org.jspecify.annotations.NullMarked;

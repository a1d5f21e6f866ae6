/** Reading the tables people import: CSV (separator detected) and XLSX sheets, as header and rows of text. */
@NullMarked
package guichet.customers.tables;

import org.jspecify.annotations.NullMarked;

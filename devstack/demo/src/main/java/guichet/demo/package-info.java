/**
 * The six demo tenants the {@code dev} profile seeds on first start, each with a little data of its own and its demo
 * accounts; feature modules add theirs through platform core's {@code DemoContent}. Developer tooling: a production
 * build leaves it out.
 */
@NullMarked
package guichet.demo;

import org.jspecify.annotations.NullMarked;

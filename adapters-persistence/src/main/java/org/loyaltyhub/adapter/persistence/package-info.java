/**
 * The persistence adapter: every out-port of the application implemented on Micronaut Data JDBC,
 * one sub-package per aggregate. Only the port implementations ({@code Jdbc...} and
 * {@link org.loyaltyhub.adapter.persistence.TransactionalUnitOfWork}) are public beans; rows,
 * repositories and mappers stay package-private beside the port that uses them.
 *
 * <h2>Ids numbered by the database, written in batches</h2>
 * Rows that are only ever written in lists and never read back by id after an insert (stores, tills,
 * slabs, criteria, earn rates, cards, fields, notes, ledger entries, slab changes, redemptions)
 * declare their id as a plain nullable {@code @Id}, not {@code @GeneratedValue}: they are inserted
 * with a NULL id, which AUTO_INCREMENT (MySQL, MariaDB, and H2 in MySQL mode) turns into the next
 * number. The reason is batching: with {@code Dialect.MYSQL}, Micronaut Data 4 inserts rows with a
 * generated id one statement per row (it does not rely on the driver returning the keys of a batch),
 * but batches rows whose id it does not generate. Rows whose new id the port returns (customer,
 * coupon, API user, anonymous bill: one row each) keep {@code @GeneratedValue}; bills and ledger entries,
 * which are inserted in lists and whose ids are returned, go through one JDBC batch that reads back the
 * generated keys.
 *
 * <h2>Writes</h2>
 * A write unit of work runs READ COMMITTED and serialises on its customer's row lock
 * ({@code SELECT ... FOR UPDATE}, see {@link org.loyaltyhub.adapter.persistence.TransactionalUnitOfWork}).
 *
 * <h2>Time</h2>
 * Instants are stored as UTC wall-clock {@code DATETIME} values in whole seconds, see
 * {@link org.loyaltyhub.adapter.persistence.UtcColumns}.
 */
package org.loyaltyhub.adapter.persistence;

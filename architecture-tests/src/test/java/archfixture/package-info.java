/**
 * Fixture trees for the self-check of {@code org.loyaltyhub.architecture.HexagonRules}: {@code good} follows every
 * rule, {@code bad} breaks each one. They live outside {@code org.loyaltyhub} so the import of the real code
 * can never pick them up. Never instantiated; only their bytecode is read.
 */
package archfixture;

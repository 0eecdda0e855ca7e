/**
 * Breaks every rule of {@code HexagonRules} at least once; each offending class names the rule it breaks.
 * The rest of the tree is correct so that each violation stands out.
 */
package archfixture.bad;

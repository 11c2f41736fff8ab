/**
 * Programme plans and the home dashboard: the district's yearly OCOP plan with its
 * targets, and how far the programme is. Actuals are computed from the data each time, never typed:
 * <ul>
 * <li><b>producers taking part</b>: active producers with a product registered in the cycle by the
 *     end of the plan's year (its first transition); as a share, of the active producers registered;</li>
 * <li><b>products evaluated</b>: distinct products of the concluded district rounds of the year;</li>
 * <li><b>products recognised</b> (of a class, or of any): distinct products with a district
 *     certificate valid from a day of the year (its decision's signing day), or in a decision of the
 *     City or central level signed in the year and recorded as received; a revocation later does not
 *     undo that they were recognised that year;</li>
 * <li><b>support budget</b>: the amount of the support granted to producers in the year, against the budget;</li>
 * <li><b>training coverage</b> per audience: the training records' own coverage and targets
 *     ({@link vn.ocop.training.boundary.TrainingCoverage}).</li>
 * </ul>
 * The state of a target ({@link vn.ocop.planning.control.Progress}): met, in progress (during the
 * year), missed (after it), or no data (a share of nothing).
 * <p>
 * On the dashboard, a product's <b>class today</b> is its class in force
 * ({@link vn.ocop.certification.control.StarClass}): that of its latest recognition (a certificate conferring a class
 * or a higher level's decision), when it still holds; a product with none has no class. Products are counted under
 * the commune of their producer; every commune that exists today is shown, with or without products. A commune officer sees their commune only (no budget,
 * no recent changes of others).
 */
package vn.ocop.planning;

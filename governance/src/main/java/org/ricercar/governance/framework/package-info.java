/**
 * The UNESCO Recommendation on the Ethics of Artificial Intelligence (2021) as the skeleton of the
 * community's guidelines: its values, principles and policy areas, seeded by a migration and read
 * only.
 */
package org.ricercar.governance.framework;

/**
 * Benchmarks for melodic search, run by hand as plain main classes: quality on a file of incipits,
 * latency on generated ones.
 */
package org.ricercar.search.bench;

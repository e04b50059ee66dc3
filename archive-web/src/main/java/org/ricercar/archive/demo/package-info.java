/**
 * The demo catalogue a newcomer sees on first start: real lesser-known works, described as data.
 */
package org.ricercar.archive.demo;

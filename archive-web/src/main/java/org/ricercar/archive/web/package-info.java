/** Serves the single-page web UI: deep links reach the app shell, with protective headers. */
package org.ricercar.archive.web;

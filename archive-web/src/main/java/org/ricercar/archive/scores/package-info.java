/**
 * Reading uploaded files safely: recognising their format by content, rejecting hostile input
 * (external entities, entity bombs, zip bombs, mislabelled files) and extracting each encoded
 * work's metadata and incipit.
 */
package org.ricercar.archive.scores;

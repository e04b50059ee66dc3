/**
 * The HTTP boundary shared by every resource: strict JSON request reading, RFC 9457 problem
 * responses, ETag preconditions, paging parameters and response timing.
 */
package org.ricercar.archive.http;

/** Creates and migrates the governance module's own tables when the application starts. */
package org.ricercar.governance.schema;

/**
 * A route's own tools at run time: which are offered to a principal, calling them in the tool loop,
 * and the guards that see each call and each result; not an API.
 */
package dev.aegis.runtime.internal.tools;

// Package jsontest holds the JSON round-trip property that the module's
// tests and fuzz targets check on every decoder: what decodes, encodes; its
// encoding decodes to an equal value; and that value encodes to the same
// bytes. It is for tests only (it imports testing) and does no I/O.
package jsontest

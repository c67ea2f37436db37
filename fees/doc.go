// Package fees is money, a certification body's fee schedule and quotes.
package fees

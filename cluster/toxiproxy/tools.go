//go:build tools

// Package toxiproxy only exists so that `go mod tidy` keeps the fault proxy's
// dependencies in go.sum; the binary is built from the pinned module.
package toxiproxy

import (
	_ "github.com/Shopify/toxiproxy/v2/cmd/server"
)

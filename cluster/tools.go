//go:build tools

// Package cluster only exists so that `go mod tidy` keeps the server commands'
// dependencies in go.sum; the binaries are built from the pinned module.
package cluster

import (
	_ "github.com/NVIDIA/aistore/cmd/aisloader"
	_ "github.com/NVIDIA/aistore/cmd/authn"
	_ "github.com/NVIDIA/aistore/cmd/aisnode"
)

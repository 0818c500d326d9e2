// Package config is a helper package of the module.
package config

import "os"

// Project reads the project id the old way.
func Project() string { // want Project:`reads a legacy variable via os.Getenv\("GCP_PROJECT"\)`
	return os.Getenv("GCP_PROJECT") // ok: judged where function code calls Project
}

// Region reads a variable the runtime sets.
func Region() string { return os.Getenv("K_REVISION") }

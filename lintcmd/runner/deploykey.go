package runner

import (
	"crypto/sha256"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/fnlint/fnlint/internal/config"
	"github.com/fnlint/fnlint/internal/deploy"
)

// deployKey returns a text that differs when the deployment files that
// the model reads for the packages of confs differ (see
// funcmodel.Model.Deployment): those found from each module root up
// and those the configuration names, each with the hash of its
// content, so that findings kept in the cache are not given back after
// a deployment file changed. (Files named by the -deploy flag are not
// known here: a driver does not keep findings of runs that name some.)
func deployKey(confs []*config.Config) string {
	var files []string
	roots := make(map[string]bool)
	for _, c := range confs {
		files = append(files, c.Deploy...)
		if c.Root != "" && !roots[c.Root] {
			roots[c.Root] = true
			files = append(files, deploy.Discover(c.Root)...)
		}
	}
	slices.Sort(files)
	var key strings.Builder
	for _, f := range slices.Compact(files) {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintf(&key, "deploy %s: %v\n", f, err)
			continue
		}
		fmt.Fprintf(&key, "deploy %s %x\n", f, sha256.Sum256(data))
	}
	return key.String()
}

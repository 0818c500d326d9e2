// Package huse loads the fields and variables of hdep and wires its
// constructor, as main does.
package huse

import "example.com/eff/hdep"

func use(string) {}

var conf = hdep.New("prod")

var env = hdep.Env{Zone: "z"}

func judged() {
	use(hdep.Region) // want `unknown`
	use(env.Zone)    // want `holds "z"`
	use(hdep.Mixed)  // want `unknown`
	use(conf.Name)   // want `holds "prod"`
}

//go:build unix

package main

import (
	"io/fs"
	"os"
	"syscall"
)

// sameOwner gives the file name the owner and group of info's file,
// when they differ from its own.
func sameOwner(name string, info fs.FileInfo) error {
	want, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	now, err := os.Stat(name)
	if err != nil {
		return err
	}
	if have, ok := now.Sys().(*syscall.Stat_t); ok && have.Uid == want.Uid && have.Gid == want.Gid {
		return nil
	}
	return os.Chown(name, int(want.Uid), int(want.Gid))
}

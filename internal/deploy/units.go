package deploy

import (
	"strconv"
	"strings"
	"time"
)

// parseGCPDuration reads a Google Cloud duration: "60s", "540", "1m".
func parseGCPDuration(s string) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if s[len(s)-1] >= '0' && s[len(s)-1] <= '9' {
		s += "s"
	}
	d, err := time.ParseDuration(s)
	return d, err == nil
}

// parseMemoryMB reads a memory size as the platforms write it and returns
// MiB as they label it: "256" (MB), "256M", "256MB", "256Mi", "256MiB",
// "1G", "1GB", "1Gi", "1GiB". M and MB count as MiB, as gcloud and Cloud
// Functions label their tiers (256MB is a 256 MiB instance).
func parseMemoryMB(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.') {
		i++
	}
	num, unit := s[:i], strings.ToLower(strings.TrimSpace(s[i:]))
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f <= 0 {
		return 0, false
	}
	switch unit {
	case "", "m", "mb", "mi", "mib":
	case "g", "gb", "gi", "gib":
		f *= 1024
	case "k", "kb", "ki", "kib":
		f /= 1024
	default:
		return 0, false
	}
	if f != float64(int64(f)) {
		return 0, false
	}
	return int64(f), true
}

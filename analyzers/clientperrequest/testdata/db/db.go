// Package db is a helper package of the module.
package db

import "database/sql"

// Open opens a database: a client.
func Open(dsn string) (*sql.DB, error) { // want Open:"creates a client via sql.Open"
	return sql.Open("postgres", dsn)
}

// Query uses a client it is given.
func Query(db *sql.DB) error {
	_, err := db.Exec("select 1")
	return err
}

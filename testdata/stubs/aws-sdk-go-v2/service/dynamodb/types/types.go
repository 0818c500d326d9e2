// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/dynamodb/types.
package types

// AttributeValue represents the data for an attribute (an interface in
// the SDK, implemented by one type per kind).
type AttributeValue interface{ isAttributeValue() }

// WriteRequest represents an operation to perform.
type WriteRequest struct {
	PutRequest *PutRequest
}

// PutRequest represents a request to perform a PutItem operation.
type PutRequest struct {
	Item map[string]AttributeValue
}

// KeysAndAttributes represents a set of primary keys for a table.
type KeysAndAttributes struct {
	Keys []map[string]AttributeValue
}

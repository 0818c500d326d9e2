package dynamodb

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/request"
)

// AttributeValue represents the data for an attribute.
type AttributeValue struct {
	S *string
}

// WriteRequest represents an operation to perform: a PutRequest or a
// DeleteRequest.
type WriteRequest struct {
	PutRequest *PutRequest
}

// PutRequest represents a request to perform a PutItem operation on an
// item.
type PutRequest struct {
	Item map[string]*AttributeValue
}

// KeysAndAttributes represents a set of primary keys for a table.
type KeysAndAttributes struct {
	Keys []map[string]*AttributeValue
}

// PutItemInput is the input of PutItem.
type PutItemInput struct {
	TableName *string
	Item      map[string]*AttributeValue
}

// PutItemOutput is the output of PutItem.
type PutItemOutput struct{}

// PutItem creates a new item, or replaces an old item with a new item.
func (c *DynamoDB) PutItem(in *PutItemInput) (*PutItemOutput, error) { return &PutItemOutput{}, nil }

// PutItemWithContext is the same as PutItem with the addition of the
// ability to pass a context and additional request options.
func (c *DynamoDB) PutItemWithContext(ctx aws.Context, in *PutItemInput, opts ...request.Option) (*PutItemOutput, error) {
	return &PutItemOutput{}, nil
}

// BatchWriteItemInput is the input of BatchWriteItem.
type BatchWriteItemInput struct {
	RequestItems map[string][]*WriteRequest
}

// BatchWriteItemOutput is the output of BatchWriteItem.
type BatchWriteItemOutput struct {
	// A map of tables and requests against those tables that were not
	// processed.
	UnprocessedItems map[string][]*WriteRequest
}

// BatchWriteItem puts or deletes multiple items in one or more tables.
func (c *DynamoDB) BatchWriteItem(in *BatchWriteItemInput) (*BatchWriteItemOutput, error) {
	return &BatchWriteItemOutput{}, nil
}

// BatchWriteItemWithContext is the same as BatchWriteItem with the
// addition of the ability to pass a context and additional request
// options.
func (c *DynamoDB) BatchWriteItemWithContext(ctx aws.Context, in *BatchWriteItemInput, opts ...request.Option) (*BatchWriteItemOutput, error) {
	return &BatchWriteItemOutput{}, nil
}

// BatchWriteItemRequest generates a "aws/request.Request" representing
// the client's request for the BatchWriteItem operation.
func (c *DynamoDB) BatchWriteItemRequest(in *BatchWriteItemInput) (*request.Request, *BatchWriteItemOutput) {
	return &request.Request{}, &BatchWriteItemOutput{}
}

// BatchGetItemInput is the input of BatchGetItem.
type BatchGetItemInput struct {
	RequestItems map[string]*KeysAndAttributes
}

// BatchGetItemOutput is the output of BatchGetItem.
type BatchGetItemOutput struct {
	Responses       map[string][]map[string]*AttributeValue
	UnprocessedKeys map[string]*KeysAndAttributes
}

// BatchGetItem returns the attributes of one or more items from one or
// more tables.
func (c *DynamoDB) BatchGetItem(in *BatchGetItemInput) (*BatchGetItemOutput, error) {
	return &BatchGetItemOutput{}, nil
}

// BatchGetItemWithContext is the same as BatchGetItem with the addition
// of the ability to pass a context and additional request options.
func (c *DynamoDB) BatchGetItemWithContext(ctx aws.Context, in *BatchGetItemInput, opts ...request.Option) (*BatchGetItemOutput, error) {
	return &BatchGetItemOutput{}, nil
}

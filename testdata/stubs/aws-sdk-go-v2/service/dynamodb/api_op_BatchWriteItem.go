package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// BatchWriteItemInput is the input of BatchWriteItem.
type BatchWriteItemInput struct {
	RequestItems map[string][]types.WriteRequest
}

// BatchWriteItemOutput is the output of BatchWriteItem.
type BatchWriteItemOutput struct {
	// A map of tables and requests against those tables that were not
	// processed.
	UnprocessedItems map[string][]types.WriteRequest
}

// BatchWriteItem puts or deletes multiple items in one or more tables.
func (c *Client) BatchWriteItem(ctx context.Context, params *BatchWriteItemInput, optFns ...func(*Options)) (*BatchWriteItemOutput, error) {
	return &BatchWriteItemOutput{}, nil
}

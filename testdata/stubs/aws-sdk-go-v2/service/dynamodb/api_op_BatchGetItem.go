package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// BatchGetItemInput is the input of BatchGetItem.
type BatchGetItemInput struct {
	RequestItems map[string]types.KeysAndAttributes
}

// BatchGetItemOutput is the output of BatchGetItem.
type BatchGetItemOutput struct {
	Responses       map[string][]map[string]types.AttributeValue
	UnprocessedKeys map[string]types.KeysAndAttributes
}

// BatchGetItem returns the attributes of one or more items from one or
// more tables.
func (c *Client) BatchGetItem(ctx context.Context, params *BatchGetItemInput, optFns ...func(*Options)) (*BatchGetItemOutput, error) {
	return &BatchGetItemOutput{}, nil
}

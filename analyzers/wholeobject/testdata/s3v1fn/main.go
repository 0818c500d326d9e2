// Command s3v1fn is a Lambda function that reads S3 objects with the
// AWS SDK for Go v1.
package main

import (
	"io/ioutil"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

var svc = s3.New(session.Must(session.NewSession()))

type request struct{ Key string }

func handler(req request) (string, error) {
	out, err := svc.GetObject(&s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String(req.Key)})
	if err != nil {
		return "", err
	}
	defer out.Body.Close()
	data, err := ioutil.ReadAll(out.Body) // want `ioutil.ReadAll reads the whole S3 object into memory on every invocation: the function's memory setting`
	return string(data), err
}

func main() {
	lambda.Start(handler)
}

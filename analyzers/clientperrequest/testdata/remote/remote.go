// Package remote is a Lambda function that reaches servers through
// clients of libraries no knowledge table lists: SSH and SFTP, FTP,
// the Telegram bot API. What their constructors do is derived from
// their code.
package remote

import (
	"context"
	"io"

	"github.com/aws/aws-lambda-go/lambda"
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/jlaffaye/ftp"
	"github.com/pkg/sftp"
	"golang.org/x/crypto/ssh"
)

var (
	sshClient  *ssh.Client
	ftpConn    *ftp.ServerConn
	bot        *tgbotapi.BotAPI
	sftpClient *sftp.Client
)

func handler(ctx context.Context) error {
	conn, err := ssh.Dial("tcp", "sftp.example.com:22", &ssh.ClientConfig{User: "u", Auth: []ssh.AuthMethod{ssh.Password("p")}}) // want `calls ssh.Dial, which calls net.DialTimeout, creating a client on every invocation`
	if err != nil {
		return err
	}
	defer conn.Close()
	client, err := sftp.NewClient(conn) // want `calls sftp.NewClient, which calls \(\*ssh.Client\).NewSession, creating a client on every invocation`
	if err != nil {
		return err
	}
	defer client.Close()
	f, err := ftp.Dial("ftp.example.com:21") // want `calls ftp.Dial, which calls dialFunc, creating a client on every invocation`
	if err != nil {
		return err
	}
	defer f.Quit()
	b, err := tgbotapi.NewBotAPI("token") // want `calls tgbotapi.NewBotAPI, which calls tgbotapi.NewBotAPIWithClient, which calls \(\*tgbotapi.BotAPI\).GetMe, which calls \(\*tgbotapi.BotAPI\).MakeRequest, which calls \(tgbotapi.HTTPClient\).Do, creating a client on every invocation`
	if err != nil {
		return err
	}
	_ = b
	return nil
}

// reused uses clients created once: a client's own operations open
// what their protocols need, and are no clients.
func reused(ctx context.Context) error {
	s, err := sshClient.NewSession() // ok: a session of a client kept across invocations
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := ftpConn.Retr("report.csv") // ok: a transfer's data connection, not a client
	if err != nil {
		return err
	}
	defer r.Close()
	_, _ = io.ReadAll(r)
	_, _ = bot.Send(tgbotapi.NewMessage(1, "done")) // ok: a request of a bot kept across invocations
	file, err := sftpClient.Open("/out/report.csv") // ok: a file of a client kept across invocations
	if err != nil {
		return err
	}
	return file.Close()
}

func main() {
	lambda.Start(handler)
	lambda.Start(reused)
}

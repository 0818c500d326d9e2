module github.com/go-telegram-bot-api/telegram-bot-api/v5

go 1.13

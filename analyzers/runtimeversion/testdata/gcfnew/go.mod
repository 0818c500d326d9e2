module example.com/gcfnew

go 1.20 // ok: the deployment selects go122, not the go directive

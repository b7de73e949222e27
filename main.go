// Command jobpost builds job postings in the terminal. See README.md.
package main

import (
	"os"

	"jobpost/ui/cli"
)

func main() { os.Exit(cli.Main(os.Args[1:], cli.OSEnv())) }

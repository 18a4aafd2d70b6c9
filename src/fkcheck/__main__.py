from fkcheck.cli import main

main()

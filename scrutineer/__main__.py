from scrutineer.cli import main

raise SystemExit(main())

Console.WriteLine("BulletinBot");

create table if not exists placeholder(id int);
